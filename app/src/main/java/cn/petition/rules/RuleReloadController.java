package cn.petition.rules;

import cn.petition.org.CurrentUser;
import cn.petition.web.FieldProblem;
import cn.petition.org.WriteRoles;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/rules/reload: recompiles the decision tables from {@code petition.rules.location} without
 * a restart (administrators and process designers). A table with a wrong cell, or one that does not
 * compile, is refused with 422 naming the file, row, rule and reason ({@code errors: [{field,
 * message}]}, field e.g. "routing.drl.xlsx C12"), and the rules in force stay as they were.
 */
@RestController
public class RuleReloadController {

  private final DecisionTables tables;
  private final CurrentUser currentUser;

  public RuleReloadController(DecisionTables tables, CurrentUser currentUser) {
    this.tables = tables;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/rules/reload")
  public ResponseEntity<?> reload() {
    WriteRoles.requireAdminOrDesigner(currentUser.get(), "重新加载决策表");
    try {
      tables.reload();
    } catch (DecisionTableException broken) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, broken.getMessage());
      problem.setTitle("决策表有错误，仍使用原来的规则");
      problem.setProperty("errors", broken.problems().stream()
          .map(p -> new FieldProblem(p.where(), p.message())).toList());
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    return ResponseEntity.ok(Map.of("message", "决策表已重新加载", "rules", tables.kieBase().getKiePackages().stream()
        .mapToInt(p -> p.getRules().size()).sum()));
  }
}
