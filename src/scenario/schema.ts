// The scenario file format, written once: validation uses these definitions, and the JSON Schema that editors
// read (scenarios/schema.json, `multivector schema`) is generated from them.
import { z } from 'zod';
import { ACTOR_MOVE_KINDS, DIFFICULTIES, ENDING_KINDS, INDICATORS, LEVER_KINDS, STAGES } from '../engine/types.ts';
import { MAX_ID_LENGTH } from './reference.ts';
import { idOf, isReservedId, reservedMessage } from './reserved-ids.ts';

export const FORMAT_VERSION = 1;

const ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/**
 * Texts are shown as text: no terminal escape codes or other control characters (new lines and tabs are fine),
 * and no bidi embedding, override or isolate controls, which reorder what a reader sees (the marks U+200E/U+200F
 * that Arabic or Hebrew texts need are fine).
 */
const PLAIN_TEXT = /^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
const plainText = () =>
  z.string().min(1).regex(PLAIN_TEXT, { message: 'a text may not hold control characters such as terminal escape codes' });

const id = (what: string) =>
  z
    .string()
    // checked first, and alone: 'toString' is reserved, which says more than "ids are lower case"
    .refine((value) => !isReservedId(value), { error: (issue) => reservedMessage(String(issue.input), what), abort: true })
    .regex(ID_PATTERN, { message: `${idOf(what)} is lower case letters and digits, joined by - or _ (like "su24-crisis")` })
    .max(MAX_ID_LENGTH, { message: `${idOf(what)} is at most ${MAX_ID_LENGTH} characters long` })
    .describe(`The ${what}'s id: lower case letters and digits, joined by - or _, at most ${MAX_ID_LENGTH} characters.`);

const text = z
  .union([
    plainText(),
    z
      .record(
        z.string().regex(LANGUAGE_PATTERN, { message: 'a language code is two or three lower case letters, like en, ru or kk' }),
        plainText(),
      )
      .refine((m) => Object.keys(m).length > 0, { message: 'give at least one language' }),
  ])
  .describe('Text a player reads: a string, or a map of language code to string (en, ru, kk).');

const num = (min: number, max: number, what: string) =>
  z.number().min(min).max(max).describe(`${what} (${min} to ${max})`);

const condition = z
  .string()
  .min(1)
  .describe(
    'A condition, like "attitude.russia < -20 and stage.jet-crisis >= formula". References: economy, stability, ' +
      'sovereignty, prestige, security, capital, turn, attitude.ACTOR, trust.ACTOR, dependence.ACTOR, ' +
      'memory.ACTOR, tension.ACTOR.ACTOR, stage.TRACK, progress.TRACK, readiness.TRACK.ACTOR, cost.TRACK, cost.TRACK.ACTOR, held.TRACK, credit.TRACK, ' +
      'flag.NAME, fired.EVENT, taken.DECISION; operators < <= > >= == != and or not, parentheses.',
  );

const delay = z
  .int()
  .min(1)
  .max(20)
  .optional()
  .describe('Delay: applied not now but at the end of the turn this many turns later (1 to 20).');

const effect = z
  .union([
    z
      .strictObject({
        change: z.string().describe('The number to change, like attitude.russia, economy, tension.russia.turkey.'),
        by: num(-100, 100, 'how much to add'),
        spread: num(0, 100, 'uncertainty: the result falls within by ± spread, scaled by volatility').optional(),
        after: delay,
      })
      .describe('Change a number.'),
    z
      .strictObject({
        set: z.string().describe('The flag to set, like flag.letter-sent.'),
        to: z.int().min(-1000).max(1000).describe('the value: a whole number (-1000 to 1000)'),
        after: delay,
      })
      .describe('Set a flag.'),
    z
      .strictObject({
        mediate: id('track'),
        progress: num(0, 100, "Kazakhstan's push, scaled by the parties' trust"),
        spread: num(0, 100, 'uncertainty').optional(),
        after: delay,
      })
      .describe('Kazakhstan pushes a mediation track forward, to its own credit.'),
    z
      .strictObject({
        advance: id('track'),
        progress: num(0, 100, "another channel's push"),
        spread: num(0, 100, 'uncertainty').optional(),
        after: delay,
      })
      .describe('Another channel pushes a mediation track forward, not to Kazakhstan\'s credit.'),
    z
      .strictObject({
        spoil: id('track'),
        readiness: num(-100, 0, "the fall in every party's readiness"),
        setback: z.boolean().optional().describe('the track slips back one stage'),
        after: delay,
      })
      .describe('A spoiler hits a mediation track.'),
    z
      .strictObject({
        reveal: id('track'),
        turns: z.int().min(1).max(20).optional().describe('how many turns the figures stay visible (1 to 20, default 3)'),
        after: delay,
      })
      .describe("Sound out the parties: their exact readiness on the track is shown for a few turns."),
  ])
  .describe('One effect: exactly one of change, set, mediate, advance, spoil or reveal.');

const effects = z.array(effect).describe('Effects, applied in order.');
const upkeep = z
  .strictObject({
    from: z.int().min(0).max(20).optional().describe('turns after taking before the first upkeep (default 1; 0 = the same turn)'),
    turns: z.int().min(1).max(100).optional().describe('how many turns it lasts (default: to the end of the game)'),
    effects,
    reason: text.describe('What the upkeep is: shown to the player each turn it applies.'),
  })
  .describe('A standing commitment: its effects apply at the end of every turn of its window.');
const tags = z.array(id('tag')).describe('Tags the actors react to (see actors[].reactions[].to).');

const reaction = z.strictObject({
  id: id('reaction'),
  to: id('tag').describe('The tag of the decisions or choices this actor reacts to.'),
  chance: num(0, 1, 'the chance it reacts').optional(),
  effects,
  reason: text.describe('Why the actor reacts: shown to the player.'),
});

const lever = z.strictObject({
  id: id('lever'),
  kind: z.enum(LEVER_KINDS).describe('What the lever does; the engine knows each kind.'),
  below: num(-100, 100, 'used when the attitude toward Kazakhstan falls below this'),
  severity: num(0, 50, 'how hard it hits'),
  chance: num(0, 1, 'the chance each turn it is used, before volatility').optional(),
  cooldown: z.int().min(0).max(50).optional().describe('turns before it can be used again'),
  reason: text.describe('Why the actor uses it: shown to the player.'),
});

const choice = z.strictObject({
  id: id('choice'),
  label: text,
  text: text.optional(),
  tags: tags.optional(),
  neutral: z.boolean().optional(),
  effects,
  upkeep: upkeep.optional(),
});

const actorMove = z
  .strictObject({
    id: id('move'),
    kind: z.enum(ACTOR_MOVE_KINDS).describe('offer or demand (Kazakhstan answers by a deadline), or action (on the world)'),
    title: text,
    text: text.describe('The news sentence, like "The Kremlin asks its allies to join the sanctions on Turkey".'),
    when: condition.optional().describe('The move is possible only while this holds.'),
    utility: num(-100, 100, 'the actor plays its best available move by this'),
    chance: num(0, 1, 'the chance each turn the move is on the actor\'s mind (default 1)').optional(),
    once: z.boolean().optional().describe('Played at most once (default: true for offers and demands, false for actions).'),
    cooldown: z.int().min(0).max(50).optional().describe('turns before it can be played again'),
    effects: effects.optional().describe('Applied when the move is played.'),
    options: z.array(choice).optional().describe("An offer's or demand's answers, like an event's choices."),
    deadline: z.int().min(1).max(20).optional().describe('turns Kazakhstan has to answer (default 2)'),
    ignored: effects.optional().describe('Applied when the deadline passes unanswered: the cost of ignoring it.'),
    ignoredText: text.optional().describe('Why ignoring it costs: shown to the player.'),
  })
  .describe("A move the actor makes of its own accord at the end of a turn.");

const actor = z.strictObject({
  id: id('actor'),
  name: text,
  greatPower: z.boolean().optional().describe('A great power: moves toward it cost with its rivals.'),
  attitude: num(-100, 100, 'attitude toward Kazakhstan at the start'),
  baseline: num(-100, 100, 'the attitude it drifts back toward').optional(),
  drift: num(0, 1, 'share of the gap to the baseline closed each turn').optional(),
  trust: num(0, 100, 'trust in Kazakhstan as an honest broker'),
  dependence: num(0, 100, "Kazakhstan's economic dependence on it").optional(),
  position: z
    .strictObject({ lon: num(-180, 180, 'longitude'), lat: num(-90, 90, 'latitude') })
    .optional()
    .describe('Where the map places it.'),
  interests: z.array(text).optional(),
  reactions: z.array(reaction).optional(),
  levers: z.array(lever).optional(),
  moves: z.array(actorMove).optional().describe("The actor's own moves: offers, demands and actions."),
});

const tension = z.strictObject({
  between: z.tuple([id('actor'), id('actor')]).describe('The two actors.'),
  level: num(0, 100, 'tension between them'),
});

const stageThresholds = z
  .strictObject(Object.fromEntries(STAGES.slice(1).map((s) => [s, num(0, 100, `readiness needed for ${s}`).optional()])))
  .describe('The lowest readiness every party needs before the track enters each stage.');

const track = z.strictObject({
  id: id('track'),
  name: text,
  parties: z.array(id('actor')).min(2).describe('The parties in conflict.'),
  readiness: z.record(id('actor'), num(0, 100, 'readiness to settle')).describe('Each party\'s readiness at the start.'),
  cost: z
    .union([num(0, 100, 'how much the conflict hurts every party'), z.record(id('actor'), num(0, 100, "this party's own cost"))])
    .describe("How much the conflict hurts the parties: one number for all, or each party's own cost ({ russia: 30, turkey: 45 })."),
  costGrowth: num(0, 20, 'how much every party\'s cost rises each turn').optional(),
  tensionCost: num(0, 20, "cost added to each party per turn per 10 points of its tension with the other parties").optional(),
  thresholds: stageThresholds.optional(),
});

const event = z.strictObject({
  id: id('event'),
  title: text,
  text: text,
  date: z.string().regex(DATE_PATTERN, { message: 'a date is written YYYY-MM-DD' }).optional().describe(
    'A dated event: fires on the turn whose period holds this date.',
  ),
  when: condition.optional().describe('A conditional event fires when this holds (a random one: may occur only then).'),
  weight: num(0, 100, 'a random event: its weight among the random events').optional(),
  once: z
    .boolean()
    .optional()
    .describe('Fires at most once (default: true for dated and conditional events, false for random ones).'),
  effects: effects.optional(),
  choices: z.array(choice).optional(),
});

const decision = z.strictObject({
  id: id('decision'),
  title: text,
  text: text,
  cost: num(0, 20, 'diplomatic capital'),
  tags: tags.optional(),
  neutral: z.boolean().optional().describe('A move every side values: no cost with the rivals of those it pleases.'),
  available: condition.optional().describe('When the decision can be taken.'),
  once: z.boolean().optional().describe('Can be taken at most once a game (default false).'),
  cooldown: z.int().min(0).max(50).optional(),
  effects,
  upkeep: upkeep.optional(),
});

const ending = z.strictObject({
  id: id('ending'),
  kind: z.enum(ENDING_KINDS),
  title: text,
  text: text,
  when: condition.optional().describe('Checked at the end of every turn, in file order.'),
  atEnd: z.boolean().optional().describe('A candidate when the calendar runs out.'),
  bonus: num(-100, 100, 'added to the score').optional(),
});

const indicatorValues = z.strictObject(
  Object.fromEntries(INDICATORS.map((i) => [i, num(0, 100, i)])) as Record<(typeof INDICATORS)[number], z.ZodNumber>,
);

const advisor = z.strictObject({
  id: id('advisor'),
  name: text,
  role: text,
  advice: z.array(
    z.strictObject({ decision: id('decision'), when: condition.optional(), why: text }),
  ),
});

const historyEntry = z.strictObject({
  date: z.string().regex(DATE_PATTERN, { message: 'a date is written YYYY-MM-DD' }),
  decisions: z.array(id('decision')).optional(),
  choices: z.record(id('event'), id('choice')).optional(),
  note: text,
});

const source = z.strictObject({
  id: id('source'),
  title: z.string().min(1),
  url: z.string().optional(),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT_VERSION).describe('The version of the scenario format.'),
    id: id('scenario'),
    title: text,
    period: text,
    summary: text,
    briefing: text,
    objectives: z.array(text).min(1).describe('Learning objectives.'),
    questions: z.array(text).optional().describe('Debrief questions.'),
    sources: z.array(source).optional(),
    whatHappened: z
      .array(z.strictObject({ text, sources: z.array(id('source')).optional() }))
      .optional()
      .describe('What really happened, for the debrief.'),
    calendar: z
      .array(z.strictObject({ date: z.string().regex(DATE_PATTERN, { message: 'a date is written YYYY-MM-DD' }), label: text }))
      .min(1)
      .max(100)
      .describe('One entry a turn: the date it starts and its label.'),
    kazakhstan: z.strictObject({
      indicators: indicatorValues,
      capital: z.strictObject({
        start: num(0, 20, 'capital at the start'),
        perTurn: num(0, 20, 'capital gained each turn'),
        max: num(1, 20, 'most capital that can be held'),
      }),
      decisionsPerTurn: z.int().min(1).max(10).optional(),
    }),
    rules: z
      .strictObject({
        coupling: num(0, 2, 'cost with rivals per point of tension/100').optional(),
        concentrationThreshold: num(0, 100, 'dependence share above which sovereignty erodes').optional(),
        erosion: num(0, 20, 'sovereignty lost per 10 points of share above the threshold').optional(),
        ripeness: num(0, 20, 'readiness gained per turn per 10 points of conflict cost').optional(),
        trustPull: num(0, 20, 'readiness gained per turn per 10 points of trust above 50').optional(),
        trustCredit: z.boolean().optional().describe("Trust decides Kazakhstan's share of the credit for its pushes, not the parties' readiness (default false)."),
        prematureRisk: num(0, 1, 'chance that a push before a party is ready costs its trust, at full shortfall').optional(),
        prematureTrust: num(0, 50, 'trust a party loses when pushed before it is ready (default 5)').optional(),
        holdCap: num(0, 100, 'most progress pushed past 100 that carries into the next stage (default 0)').optional(),
        randomEventChance: num(0, 1, 'chance of a random event each turn').optional(),
        leverDependence: num(0, 5, 'how much harder levers bite per 25 points of dependence above 25 (default 0)').optional(),
        memory: num(0, 5, "memory an actor gains per point of attitude lost to the player's own moves").optional(),
        memoryFade: num(0, 1, 'share of its memory an actor lets go each turn').optional(),
        volatility: z
          .strictObject(Object.fromEntries(DIFFICULTIES.map((d) => [d, num(0, 5, d).optional()])))
          .optional(),
      })
      .optional(),
    actors: z.array(actor).min(1),
    tensions: z.array(tension).optional(),
    tracks: z.array(track).optional(),
    decisions: z.array(decision).min(1),
    events: z.array(event).optional(),
    endings: z.array(ending).min(1),
    grade: z
      .strictObject({
        weights: z
          .strictObject(
            Object.fromEntries([...INDICATORS, 'balance'].map((k) => [k, num(0, 10, `weight of ${k}`).optional()])),
          )
          .optional(),
        bands: z.array(z.strictObject({ grade: plainText().max(3), min: num(0, 100, 'lowest score') })).optional(),
      })
      .optional(),
    advisors: z.array(advisor).optional(),
    flags: z
      .array(z.strictObject({ id: id('flag'), title: text.describe('What the flag means, as a player reads it: "the talks moved to Geneva".') }))
      .optional()
      .describe("The scenario's flags (set: flag.NAME) with titles, which a player reads instead of their ids."),
    history: z.array(historyEntry).optional().describe('What Kazakhstan really did, turn by turn.'),
  })
  .describe('A Multivector scenario.');

export type ScenarioFile = z.infer<typeof scenarioSchema>;
