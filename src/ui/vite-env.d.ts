/// <reference types="vite/client" />

declare module 'virtual:multivector-scenarios' {
  const shipped: import('../../scripts/scenarios-plugin.ts').ShippedScenarios;
  export default shipped;
}
