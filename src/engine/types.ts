// The engine's vocabulary: the compiled rules of a scenario (read-only during a game) and the game state
// (plain JSON, so it can be saved, hashed and restored). Nothing here knows about files or screens.

/** A text a player reads: a plain string, or a map of language code to string ("en", "ru", "kk"). */
export type Text = string | Readonly<Record<string, string>>;

export const INDICATORS = ['economy', 'stability', 'sovereignty', 'prestige', 'security'] as const;
export type IndicatorId = (typeof INDICATORS)[number];

/** Mediation stages in order; a track's `stage` is an index into this list (0 = no talks yet). */
export const STAGES = ['none', 'contact', 'messages', 'formula', 'agreement', 'implementation'] as const;
export type StageName = (typeof STAGES)[number];

export const DIFFICULTIES = ['calm', 'tense', 'volatile'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** What the file may name as a great power's lever; the engine knows what each one does (see levers.ts). */
export const LEVER_KINDS = [
  'transit-slowdown',
  'sanctions',
  'investment-freeze',
  'security-pressure',
  'media-campaign',
] as const;
export type LeverKind = (typeof LEVER_KINDS)[number];

export const ENDING_KINDS = ['victory', 'draw', 'defeat'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/** A number in the world that conditions read and effects change. */
export type Ref =
  | { kind: 'indicator'; indicator: IndicatorId }
  | { kind: 'capital' }
  | { kind: 'turn' }
  | { kind: 'attitude'; actor: string }
  | { kind: 'trust'; actor: string }
  | { kind: 'dependence'; actor: string }
  /** how much an actor still holds the player's moves against Kazakhstan (0..100; see memory.ts) */
  | { kind: 'memory'; actor: string }
  | { kind: 'tension'; a: string; b: string }
  | { kind: 'stage'; track: string }
  | { kind: 'progress'; track: string }
  | { kind: 'readiness'; track: string; actor: string }
  /** the conflict's cost to one party (`actor`), or without `actor` the parties' mean */
  | { kind: 'cost'; track: string; actor?: string }
  | { kind: 'credit'; track: string }
  /** progress pushed past 100 that waits for the parties (see TrackState.held) */
  | { kind: 'held'; track: string }
  | { kind: 'flag'; flag: string }
  | { kind: 'fired'; event: string }
  | { kind: 'taken'; decision: string };

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type Operand = { ref: Ref } | { value: number };

/** A parsed condition: data the engine evaluates, never code. */
export type Condition =
  | { op: 'true' }
  | { op: 'and' | 'or'; args: readonly Condition[] }
  | { op: 'not'; arg: Condition }
  | { op: 'cmp'; cmp: Comparison; left: Operand; right: Operand };

/** What a decision, an event, a choice or a reaction does to the world; `after` delays it (see world/delayed.ts). */
export type Effect = EffectKind & {
  /** applied not now but at the end of the turn this many turns later (1..20) */
  readonly after?: number;
};

export type EffectKind =
  /** add `by` (plus or minus up to `spread`, scaled by volatility) to a number */
  | { kind: 'change'; target: Ref; by: number; spread: number }
  /** set a scenario flag to a value */
  | { kind: 'set'; flag: string; to: number }
  /** Kazakhstan pushes a mediation track forward (credited to Kazakhstan, scaled by the parties' trust) */
  | { kind: 'mediate'; track: string; progress: number; spread: number }
  /** another channel pushes a track forward (not credited to Kazakhstan) */
  | { kind: 'advance'; track: string; progress: number; spread: number }
  /** a spoiler: the parties' readiness falls and the track may slip back a stage */
  | { kind: 'spoil'; track: string; readiness: number; setback: boolean }
  /** sound out the parties: their exact readiness on a track is shown for `turns` turns (see readiness-view.ts) */
  | { kind: 'reveal'; track: string; turns: number };

/** A standing commitment a decision or an answer starts: effects at the end of each turn while it runs */
export interface UpkeepDef {
  /** turns after taking before the first upkeep (0 = at the end of the turn it is taken) */
  readonly from: number;
  /** how many turns it lasts; null = to the end of the game */
  readonly turns: number | null;
  readonly effects: readonly Effect[];
  readonly reason: Text;
}

export interface ReactionDef {
  readonly id: string;
  /** the decision or choice tag this actor reacts to */
  readonly to: string;
  readonly chance: number;
  readonly effects: readonly Effect[];
  readonly reason: Text;
}

export interface LeverDef {
  readonly id: string;
  readonly kind: LeverKind;
  /** the actor uses the lever when its attitude toward Kazakhstan falls below this */
  readonly below: number;
  readonly severity: number;
  readonly chance: number;
  readonly cooldown: number;
  readonly reason: Text;
}

export interface ActorDef {
  readonly id: string;
  readonly name: Text;
  readonly greatPower: boolean;
  readonly attitude: number;
  readonly baseline: number;
  /** share of the gap to the baseline closed each turn, 0..1 */
  readonly drift: number;
  readonly trust: number;
  readonly dependence: number;
  readonly position: { readonly lon: number; readonly lat: number } | null;
  readonly interests: readonly Text[];
  readonly reactions: readonly ReactionDef[];
  readonly levers: readonly LeverDef[];
  /** what the actor does of its own accord (see world/actor-moves.ts); absent = none */
  readonly moves?: readonly ActorMoveDef[];
}

export const ACTOR_MOVE_KINDS = ['offer', 'demand', 'action'] as const;
export type ActorMoveKind = (typeof ACTOR_MOVE_KINDS)[number];

/**
 * A move an actor plays of its own accord at the end of a turn: an action on the world, or an offer or demand
 * Kazakhstan answers (like an event's choice) before its deadline, or pays what ignoring it costs.
 */
export interface ActorMoveDef {
  readonly id: string;
  readonly kind: ActorMoveKind;
  readonly title: Text;
  /** the news sentence ("The Kremlin asks its allies to join the sanctions on Turkey") */
  readonly text: Text;
  readonly when: Condition;
  /** the actor plays its best available move by this */
  readonly utility: number;
  /** the chance each turn the move is on the actor's mind */
  readonly chance: number;
  readonly once: boolean;
  readonly cooldown: number;
  /** applied when the move is played */
  readonly effects: readonly Effect[];
  /** an offer's or a demand's answers */
  readonly options: readonly ChoiceDef[];
  /** turns the player has to answer */
  readonly deadline: number;
  /** applied at the end of the turn the answer falls due, if none came */
  readonly ignored: readonly Effect[];
  readonly ignoredText: Text | null;
}

export interface TensionDef {
  readonly a: string;
  readonly b: string;
  readonly level: number;
}

export interface TrackDef {
  readonly id: string;
  readonly name: Text;
  readonly parties: readonly string[];
  readonly readiness: Readonly<Record<string, number>>;
  /** the parties' mean cost of the conflict (the one cost of every party when `costs` is absent) */
  readonly cost: number;
  /** each party's own starting cost, when the file gives a map; absent: every party has `cost` */
  readonly costs?: Readonly<Record<string, number>>;
  /** how much the conflict's cost rises each turn it stays unsettled */
  readonly costGrowth: number;
  /** cost added to each party per turn for every 10 points of its tension with the other parties (absent: 0) */
  readonly tensionCost?: number;
  /** the lowest readiness every party needs before the track can enter each stage (index = stage) */
  readonly thresholds: readonly number[];
}

export interface ChoiceDef {
  readonly id: string;
  readonly label: Text;
  readonly text: Text | null;
  readonly tags: readonly string[];
  readonly neutral: boolean;
  readonly effects: readonly Effect[];
  /** a standing commitment the move starts (optional: rules built by hand may leave it out) */
  readonly upkeep?: UpkeepDef | null;
}

export type EventTrigger =
  | { kind: 'dated'; turn: number }
  | { kind: 'conditional'; when: Condition }
  | { kind: 'random'; weight: number; when: Condition };

export interface EventDef {
  readonly id: string;
  readonly title: Text;
  readonly text: Text;
  readonly trigger: EventTrigger;
  readonly once: boolean;
  readonly effects: readonly Effect[];
  readonly choices: readonly ChoiceDef[];
}

export interface DecisionDef {
  readonly id: string;
  readonly title: Text;
  readonly text: Text;
  readonly cost: number;
  readonly tags: readonly string[];
  /** a move every side values (hosting talks, neutral mediation): no cost with the rivals of those it pleases */
  readonly neutral: boolean;
  readonly available: Condition;
  readonly once: boolean;
  readonly cooldown: number;
  readonly effects: readonly Effect[];
  /** a standing commitment the move starts (optional: rules built by hand may leave it out) */
  readonly upkeep?: UpkeepDef | null;
}

export interface EndingDef {
  readonly id: string;
  readonly kind: EndingKind;
  readonly title: Text;
  readonly text: Text;
  /** checked at the end of every turn, in file order */
  readonly when: Condition | null;
  /** a candidate when the calendar runs out (its `when`, if any, must also hold) */
  readonly atEnd: boolean;
  readonly bonus: number;
}

export interface GradeDef {
  readonly weights: Readonly<Partial<Record<IndicatorId | 'balance', number>>>;
  /** highest first: the first band whose `min` the score reaches gives the grade */
  readonly bands: readonly { readonly grade: string; readonly min: number }[];
}

export interface AdvisorDef {
  readonly id: string;
  readonly name: Text;
  readonly role: Text;
  readonly advice: readonly { readonly decision: string; readonly when: Condition; readonly why: Text }[];
}

export interface HistoryEntry {
  readonly turn: number;
  readonly decisions: readonly string[];
  readonly choices: Readonly<Record<string, string>>;
  readonly note: Text;
}

export interface RuleParams {
  /** how strongly a move toward one great power costs with its rivals, per point of tension/100 */
  readonly coupling: number;
  /** dependence share (percent) above which sovereignty erodes */
  readonly concentrationThreshold: number;
  /** sovereignty lost per turn for every 10 percentage points of dependence share above the threshold */
  readonly erosion: number;
  /** readiness gained per turn for every 10 points of conflict cost */
  readonly ripeness: number;
  /** readiness gained per turn for every 10 points of a party's trust in Kazakhstan above 50 (lost below) */
  readonly trustPull: number;
  /**
   * Trust decides the credit, not the pace (absent: false, today's rule): Kazakhstan's push moves a track by its
   * full amount and the parties' mean trust/100 of it is credited to Kazakhstan, the rest to other channels.
   * When false, the push is scaled by 0.5 + trust/100 and all of it is Kazakhstan's.
   */
  readonly trustCredit?: boolean;
  /** chance (at full shortfall) that a push before a party is ready costs its trust (absent: 0, no risk) */
  readonly prematureRisk?: number;
  /** trust a party loses when a premature push offends it (absent: 5) */
  readonly prematureTrust?: number;
  /** most progress pushed past 100 that is carried into the next stage (absent: 0, nothing is held) */
  readonly holdCap?: number;
  /** the chance each turn that a random event occurs, before volatility */
  readonly randomEventChance: number;
  /** how much more a lever hits per 25 points of dependence on its actor above 25 (absent = 0: not at all) */
  readonly leverDependence?: number;
  /** memory gained per point of attitude an actor loses to the player's own moves (0 = actors forget at once) */
  readonly memory?: number;
  /** share of its memory an actor lets go each turn (default 0.25) */
  readonly memoryFade?: number;
  readonly volatility: Readonly<Record<Difficulty, number>>;
}

export interface Rules {
  readonly id: string;
  readonly title: Text;
  /** the turns' dates (ISO) and labels */
  readonly calendar: readonly { readonly date: string; readonly label: Text }[];
  readonly actors: readonly ActorDef[];
  readonly tensions: readonly TensionDef[];
  readonly indicators: Readonly<Record<IndicatorId, number>>;
  readonly capital: { readonly start: number; readonly perTurn: number; readonly max: number };
  readonly decisionsPerTurn: number;
  readonly params: RuleParams;
  readonly decisions: readonly DecisionDef[];
  readonly events: readonly EventDef[];
  readonly tracks: readonly TrackDef[];
  readonly endings: readonly EndingDef[];
  readonly grade: GradeDef;
  readonly advisors: readonly AdvisorDef[];
  readonly history: readonly HistoryEntry[];
  /** titles of the scenario's flags, when the file gives them (left out otherwise, so older rules keep their fingerprint) */
  readonly flags?: readonly FlagDef[];
}

/** A flag's title: what a player reads for `flag.ID` in previews, the ledger and a refusal's reason. */
export interface FlagDef {
  readonly id: string;
  readonly title: Text;
}

/** The world's key, made once from the seed (see rng.ts): every roll of chance in a game derives from it. */
export type WorldKey = readonly [number, number];

export type CauseSource =
  | { kind: 'decision'; id: string }
  | { kind: 'choice'; event: string; option: string }
  | { kind: 'event'; id: string }
  | { kind: 'coupling'; decision: string }
  | { kind: 'reaction'; actor: string; id: string }
  | { kind: 'lever'; actor: string; id: string }
  | { kind: 'actor-move'; actor: string; id: string }
  | { kind: 'drift'; actor: string }
  | { kind: 'mediation'; track: string }
  | { kind: 'dependence'; actor: string }
  | { kind: 'capital' };

/** One entry of the cause ledger: a number moved, by how much, on which turn, and why. */
export interface Cause {
  readonly turn: number;
  readonly target: Ref;
  readonly delta: number;
  readonly value: number;
  readonly source: CauseSource;
  /** a plain-language reason ("Russia resents a move toward the United States (tension 60)") */
  readonly reason: string;
}

export interface TrackState {
  stage: number;
  progress: number;
  readiness: Record<string, number>;
  cost: number;
  kazakhProgress: number;
  otherProgress: number;
  /** each party's own cost, once the parties' costs differ (absent: every party's cost is `cost`) */
  costs?: Record<string, number>;
  /** progress pushed past 100, waiting to be carried into the next stage (absent: 0) */
  held?: number;
  /** the first turn on which the parties' exact readiness is no longer shown (absent: never shown) */
  revealedUntil?: number;
}

export interface EndingState {
  readonly id: string;
  readonly kind: EndingKind;
  readonly turn: number;
  readonly score: number;
  readonly grade: string;
}

/**
 * A player's move. `turn` (0-based) is the turn the player saw when making it: a front end sets it so that a
 * click meant for one turn can never land on the next (a double-click on End turn), and the engine refuses a
 * move whose turn is not the current one. Moves without it (terminal play, strategies, older saves) are taken
 * on the current turn.
 */
export type Move =
  | { readonly type: 'decide'; readonly decision: string; readonly turn?: number }
  | { readonly type: 'choose'; readonly event: string; readonly option: string; readonly turn?: number }
  | { readonly type: 'end-turn'; readonly turn?: number };

export interface OpenDemand {
  /** the actor move's id (answered with `{ type: 'choose', event: id, option }`) */
  readonly id: string;
  readonly actor: string;
  /** the last turn it can be answered; ignored at that turn's end */
  readonly due: number;
}

export interface GameState {
  readonly scenario: string;
  readonly seed: string;
  readonly difficulty: Difficulty;
  turn: number;
  status: 'playing' | 'ended';
  /** every roll of chance is a function of this key, the turn and the roll's purpose: one world per seed */
  readonly worldKey: WorldKey;
  /** memory: how much of the player's moves against it the actor still holds against Kazakhstan (see memory.ts) */
  actors: Record<string, { attitude: number; trust: number; dependence: number; memory: number }>;
  /** keyed by the two actor ids joined with '|' in the order the scenario lists them */
  tensions: Record<string, number>;
  indicators: Record<IndicatorId, number>;
  capital: number;
  tracks: Record<string, TrackState>;
  flags: Record<string, number>;
  /** event id -> the turn it last fired */
  fired: Record<string, number>;
  /** decision id -> the turns it was taken */
  taken: Record<string, number[]>;
  /** decisions taken in the current turn, in order */
  thisTurn: string[];
  /** tags of the moves made this turn, for the actors' reactions at its end */
  thisTurnTags: { tag: string; source: string }[];
  /** events fired this turn that wait for the player's choice */
  pending: string[];
  /** offers and demands of the actors waiting for Kazakhstan's answer, until the end of turn `due` */
  openDemands: OpenDemand[];
  /** "actor/lever" -> the first turn the lever may be used again */
  leverReadyAt: Record<string, number>;
  /** every move the player made, with the turn it was made on: the debrief's timeline */
  moves: { turn: number; move: Move }[];
  ledger: Cause[];
  ending: EndingState | null;
  /** effects delayed with `after`, waiting for the end of their turn (see world/delayed.ts) */
  scheduled: ScheduledEffect[];
  /** standing commitments running or about to start (see world/delayed.ts) */
  commitments: CommitmentState[];
}

/** A delayed effect in the queue: the effect, its cause, and when it was set going. */
export interface ScheduledEffect {
  /** the turn at whose end it applies */
  readonly turn: number;
  /** the turn the move that caused it was made */
  readonly since: number;
  readonly effect: Effect;
  readonly origin: { readonly source: CauseSource; readonly reason: string; readonly coupledAs?: string; readonly purpose?: string };
  /** the name its roll goes by: the origin's purpose and the effect's index ("decision:x#1") */
  readonly purpose: string;
}

/** A running commitment: whose upkeep (a decision or an answer), taken when, and its window of turns. */
export interface CommitmentState {
  readonly source: CauseSource;
  readonly since: number;
  /** the first and the last turn (inclusive; null = to the end) at whose end the upkeep applies */
  readonly first: number;
  readonly last: number | null;
}

export type RejectionCode =
  | 'game-over'
  | 'unknown-decision'
  | 'not-available'
  | 'already-taken'
  | 'on-cooldown'
  | 'no-capital'
  | 'turn-limit'
  | 'unknown-event'
  | 'not-pending'
  | 'unknown-option'
  | 'choice-pending'
  | 'other-turn';

export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

/** What a step did, for a front end to animate and a terminal to print. */
export type Happening =
  | { readonly kind: 'cause'; readonly cause: Cause }
  | { readonly kind: 'event'; readonly event: string; readonly turn: number; readonly needsChoice: boolean }
  /** the turn's random event was drawn (or none occurred) among these eligible random events */
  | { readonly kind: 'random-draw'; readonly turn: number; readonly among: readonly string[]; readonly drawn: string | null }
  | { readonly kind: 'stage'; readonly track: string; readonly stage: number; readonly turn: number }
  /** an actor played one of its moves (an offer or demand now waits for an answer) */
  | { readonly kind: 'actor-move'; readonly actor: string; readonly move: string; readonly turn: number }
  /** an offer or demand went unanswered past its deadline */
  | { readonly kind: 'demand-ignored'; readonly actor: string; readonly move: string; readonly turn: number }
  | { readonly kind: 'turn'; readonly turn: number }
  | { readonly kind: 'ending'; readonly ending: EndingState };

export type StepResult =
  | { readonly ok: true; readonly state: GameState; readonly happened: readonly Happening[] }
  | { readonly ok: false; readonly rejected: Rejection };
