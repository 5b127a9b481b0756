package cn.petition.caseview;

import cn.petition.casefile.CaseStatus;
import cn.petition.org.CurrentUser;
import cn.petition.web.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/cases and /api/cases/{caseNo}. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

  private static final List<String> WARNING_LEVELS = List.of("NONE", "YELLOW", "ORANGE", "RED");

  private final CaseQueryService queries;
  private final CurrentUser currentUser;

  public CaseController(CaseQueryService queries, CurrentUser currentUser) {
    this.queries = queries;
    this.currentUser = currentUser;
  }

  @GetMapping("/{caseNo}")
  public CaseDetail get(@PathVariable String caseNo) {
    return queries.detail(caseNo, currentUser.get());
  }

  /**
   * Cases of the caller's departments (supervisors: all), newest first. {@code ledBy=me}: only the
   * backlog cases a leader group of the caller owns (领导包案).
   */
  @GetMapping
  public CasePage list(@RequestParam(required = false) String dept, @RequestParam(required = false) String status,
      @RequestParam(required = false) String warningLevel, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String ledBy,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (ledBy != null && !"me".equals(ledBy)) {
      throw new InvalidRequestException("ledBy", "取值只能是 me（本人所在领导组包案的信访件）");
    }
    if (status != null && Arrays.stream(CaseStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw new InvalidRequestException("status", "取值必须是 " + Arrays.toString(CaseStatus.values()) + " 之一");
    }
    if (warningLevel != null && !WARNING_LEVELS.contains(warningLevel)) {
      throw new InvalidRequestException("warningLevel", "取值必须是 NONE、YELLOW、ORANGE、RED 之一");
    }
    if (page < 0) {
      throw new InvalidRequestException("page", "页码不能为负数");
    }
    if (size < 1 || size > 200) {
      throw new InvalidRequestException("size", "每页条数应在1至200之间");
    }
    return queries.search(currentUser.get(), dept, status, warningLevel, overdue, "me".equals(ledBy), page, size);
  }
}
