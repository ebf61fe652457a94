/**
 * The threshold levels and indicators as the editors wrote them, read straight from the YAML
 * (not from the built page), so browser tests can compare what the page shows with the data.
 * Honours CONTENT_DIR like the build does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../../src/lib/content/dir.ts';
import { repoRoot } from './fixture.ts';

export interface YamlIndicator {
  id: string;
  level: number;
  domain: 'developmental-needs' | 'parenting-capacity' | 'family-and-environment';
  area: string;
  text: string;
  procedures?: string[];
}
export interface YamlLevel {
  level: number;
  name: string;
  description: string;
  response: string;
  whoToContact: string;
  consent: string;
  contacts: string[];
}

const read = (file: string) =>
  parse(readFileSync(join(contentDir(repoRoot), 'threshold-data', file), 'utf8')) as Record<string, Omit<YamlIndicator, 'id'>>;

export function indicatorsFromYaml(): YamlIndicator[] {
  return Object.entries(read('indicators.yaml')).map(([id, data]) => ({ id, ...data }));
}

export function levelsFromYaml(): YamlLevel[] {
  return Object.values(read('levels.yaml') as unknown as Record<string, YamlLevel>).sort((a, b) => a.level - b.level);
}
