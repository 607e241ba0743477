// The end of a turn: the world reacts to what Kazakhstan did. Order matters and is fixed: reactions to this
// turn's moves, then pressure from soured powers, then the mediation tracks, then dependence, then drift.
import { chance, change, type StepContext } from './context.ts';
import { applyEffects } from './effects.ts';
import { useLevers } from './levers.ts';
import { resolveTracks } from './mediation.ts';
import { textOf } from './text.ts';
import { own } from './records.ts';

export function worldReacts(ctx: StepContext): void {
  react(ctx);
  for (const actor of ctx.rules.actors) useLevers(ctx, actor);
  resolveTracks(ctx);
  erodeSovereignty(ctx);
  drift(ctx);
}

function react(ctx: StepContext): void {
  for (const { tag } of ctx.state.thisTurnTags) {
    for (const actor of ctx.rules.actors) {
      for (const reaction of actor.reactions) {
        if (reaction.to !== tag || !chance(ctx, reaction.chance)) continue;
        applyEffects(ctx, reaction.effects, {
          source: { kind: 'reaction', actor: actor.id, id: reaction.id },
          reason: `${textOf(actor.name)}: ${textOf(reaction.reason)}`,
        });
      }
    }
  }
}

/** Ties concentrated on one partner leave Kazakhstan less room to act without it. */
function erodeSovereignty(ctx: StepContext): void {
  const { rules, state } = ctx;
  let total = 0;
  let top: { id: string; dependence: number } | null = null;
  for (const actor of rules.actors) {
    const dependence = own(state.actors, actor.id)?.dependence ?? 0;
    total += dependence;
    if (!top || dependence > top.dependence) top = { id: actor.id, dependence };
  }
  if (!top || total <= 0) return;
  const share = (top.dependence / total) * 100;
  const excess = share - rules.params.concentrationThreshold;
  if (excess <= 0) return;
  const name = textOf(rules.actors.find((a) => a.id === top.id)?.name ?? top.id);
  change(
    ctx,
    { kind: 'indicator', indicator: 'sovereignty' },
    (-rules.params.erosion * excess) / 10,
    { kind: 'dependence', actor: top.id },
    `Dependence concentrated on ${name}: ${Math.round(share)}% of Kazakhstan's ties (above ${rules.params.concentrationThreshold}%)`,
  );
}

function drift(ctx: StepContext): void {
  for (const actor of ctx.rules.actors) {
    const attitude = own(ctx.state.actors, actor.id)?.attitude ?? 0;
    const pull = (actor.baseline - attitude) * actor.drift;
    if (Math.abs(pull) < 0.05) continue;
    change(ctx, { kind: 'attitude', actor: actor.id }, pull, { kind: 'drift', actor: actor.id },
      `${textOf(actor.name)} drifts back toward its usual stance (${actor.baseline})`);
  }
}
