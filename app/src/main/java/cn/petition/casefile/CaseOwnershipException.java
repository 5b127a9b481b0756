package cn.petition.casefile;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A process instance tried to act on a case (or letter, dispute) it does not own: nothing is written.
 * Raised by {@link ProcessOwnership}; reaching it means someone started or moved a process around the
 * application's own paths (README: 安全说明).
 */
public class CaseOwnershipException extends ProcessEngineException {

  public CaseOwnershipException(String message) {
    super(message);
  }
}
