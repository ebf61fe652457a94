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

/** A list file: each entry with its id. */
const read = <T>(file: string) => parse(readFileSync(join(contentDir(repoRoot), 'threshold-data', file), 'utf8')) as T[];

export const indicatorsFromYaml = (): YamlIndicator[] => read<YamlIndicator>('indicators.yaml');

// A level without contacts leaves the field out, as the CMS writes it.
export const levelsFromYaml = (): YamlLevel[] =>
  read<YamlLevel>('levels.yaml')
    .map((level) => ({ ...level, contacts: level.contacts ?? [] }))
    .sort((a, b) => a.level - b.level);
