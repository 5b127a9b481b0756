package cn.petition.supervision;

import cn.petition.casefile.CaseProcess;

/**
 * Who is late when a rung of the supervision ladder fires: declared on each rung (camunda:property
 * {@value SupervisionRung#RESPONSIBLE}), never inferred from the task the timer is attached to.
 */
public enum ResponsibleParty {
  /** 首接部门, e.g. on 受理审查 and 答复预审. */
  FIRST_CONTACT(CaseProcess.FIRST_CONTACT_DEPT),
  /** 办理部门, on 办理 and 延期审批. */
  HANDLING(CaseProcess.HANDLING_DEPT),
  /** Every co-handler (协办单位) still working, on the multi-instance 协办; the handling department if none. */
  CO_HANDLER(CaseProcess.HANDLING_DEPT),
  /** The organ deciding a 复查 or 复核. */
  DECIDING(Supervision.DECIDING_DEPT);

  private final String variable;

  ResponsibleParty(String variable) {
    this.variable = variable;
  }

  /** The process variable naming the party's department. */
  public String variable() {
    return variable;
  }
}
