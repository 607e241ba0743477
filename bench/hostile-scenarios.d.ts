// Types for bench/hostile-scenarios.js, which the tests import too.
export function manyAliases(scenarioText: string, count: number): string;
export function longCondition(scenarioText: string, terms: number): string;
export function billionLaughs(scenarioText: string): string;
