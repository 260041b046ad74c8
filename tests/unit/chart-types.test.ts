import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dashboardCharts, dashboardChartTypes } from '../../src/lib/components/chart-types';

const Chart = dashboardCharts();
const registeredChartTypes = dashboardChartTypes;

/** Every chart type the dashboard's and trends page's specs draw (`type: '…'` in charts.ts). */
function typesInSpecs(): string[] {
	const source = readFileSync(resolve('src/lib/domain/dashboard/charts.ts'), 'utf8');
	return [...new Set([...source.matchAll(/\btype: '(\w+)'/g)].map((m) => m[1]!))];
}

describe('chart types registered for the dashboard (no chart.js/auto, issue 18.4)', () => {
	it('registers every chart type the dashboard specs use', () => {
		const used = typesInSpecs();
		expect(used.length).toBeGreaterThan(0);
		for (const type of used) expect(registeredChartTypes as readonly string[]).toContain(type);
	});

	it('has a controller, elements and scales for each registered type', () => {
		for (const type of registeredChartTypes)
			expect(Chart.registry.getController(type)).toBeTruthy();
		for (const element of ['point', 'line', 'bar'])
			expect(Chart.registry.getElement(element)).toBeTruthy();
		for (const scale of ['category', 'linear', 'radialLinear'])
			expect(Chart.registry.getScale(scale)).toBeTruthy();
		for (const plugin of ['filler', 'legend', 'tooltip'])
			expect(Chart.registry.getPlugin(plugin)).toBeTruthy();
	});

	it('leaves out the types the dashboard does not draw', () => {
		expect(() => Chart.registry.getController('doughnut')).toThrow();
		expect(() => Chart.registry.getController('polarArea')).toThrow();
	});
});
