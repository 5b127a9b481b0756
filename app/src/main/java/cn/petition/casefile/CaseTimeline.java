package cn.petition.casefile;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Appends events to a case's timeline, stamped with the engine clock. */
@Component
public class CaseTimeline {

  private final CaseEventMapper mapper;

  public CaseTimeline(CaseEventMapper mapper) {
    this.mapper = mapper;
  }

  public void record(String caseNo, CaseEventKind kind, String actor, String deptCode, String detail) {
    mapper.insert(new CaseEvent(null, caseNo, ClockUtil.getCurrentTime().toInstant(), kind, actor, deptCode,
        detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)));
  }
}
