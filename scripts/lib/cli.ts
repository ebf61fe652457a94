/**
 * What every command in scripts/ shares: reading its arguments (node:util's parseArgs, strict),
 * `--help`, and one meaning for each exit code, so CI and editors can tell a command written
 * wrongly from content that needs fixing:
 *
 *   0  success;
 *   1  the check found problems, or the work failed;
 *   2  the command was written wrongly: an unknown option, a missing or bad argument.
 *
 * A usage error prints the command's name, what is wrong and the usage text on stderr; `--help`
 * (or `-h`) prints the usage on stdout and exits 0.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export const EXIT_SUCCESS = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A command as its messages name it. */
export interface Command {
  /** The command as people type it, which starts every message: "npm run check". */
  name: string;
  /** The usage text, starting "Usage:". */
  usage: string;
}

export interface CommandSpec<O extends ParseArgsOptionsConfig> extends Command {
  /** The options, as parseArgs takes them; `--help` is added to every command. */
  options: O;
  /** How many arguments it takes besides the options, at most (default none). */
  positionals?: number;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;

/**
 * Stops with exit code 2: the command was written wrongly. Prints the message, then the usage.
 * (A function of its own rather than a method, so TypeScript knows the code after it is not reached.)
 */
export function usageError(command: Command, message: string): never {
  console.error(`${command.name}: ${message}\n\n${command.usage}`);
  process.exit(EXIT_USAGE);
}

/** Stops with exit code 1: the work could not be done, and the message says why. */
export function fail(command: Command, message: string): never {
  console.error(`${command.name}: ${message}`);
  process.exit(EXIT_PROBLEMS);
}

/** Reads the command line, or stops: with the usage and exit code 0 for `--help`, exit code 2 for a mistake. */
export function readCommandLine<const O extends ParseArgsOptionsConfig>(
  command: CommandSpec<O>,
): { values: Parsed<O>['values']; positionals: string[] } {
  const most = command.positionals ?? 0;
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: most > 0,
    }) as Parsed<O>;
  } catch (error) {
    // Node's message goes on to explain "--" positionals, which only confuses here.
    return usageError(command, (error as Error).message.split('. ')[0]!);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(command.usage);
    process.exit(EXIT_SUCCESS);
  }
  if (parsed.positionals.length > most) usageError(command, `Unexpected argument '${parsed.positionals[most]}'`);
  return { values: parsed.values, positionals: parsed.positionals };
}
