/// <reference types="vite/client" />

declare module 'virtual:multivector-scenarios' {
  const shipped: import('../scenario/index.ts').ShippedScenarios;
  export default shipped;
}
