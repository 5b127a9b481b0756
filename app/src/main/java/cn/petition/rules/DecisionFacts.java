package cn.petition.rules;

import java.util.Optional;

/**
 * A fact that carries the inputs of one decision and collects the decision table's answer.
 *
 * <p>The rows of a table call {@link #decide(Object)} in their action. The first row to fire
 * wins: the tables set {@code Sequential true}, so rows fire from the top down and an upper row
 * takes precedence over a lower one that matches too (如有多行同时匹配, 以最上面的一行为准).
 *
 * @param <T> the type of the decision
 */
public abstract class DecisionFacts<T> {

  private T decision;

  /** Called by a table row: records the decision unless an upper row has already decided. */
  public void decide(T value) {
    if (decision == null) {
      decision = value;
    }
  }

  /** The decision of the first row that fired, or empty when no row matched. */
  public Optional<T> decision() {
    return Optional.ofNullable(decision);
  }
}
