package cn.petition.supervision;

import cn.petition.casefile.CaseAccess;
import cn.petition.org.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/cases/{caseNo}/letters: the case's notices and letters, for whoever may see the case. Their
 * Word and PDF documents: cn.petition.document.LetterDocumentController.
 */
@RestController
public class LetterController {

  private final LetterViews views;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  public LetterController(LetterViews views, CaseAccess cases, CurrentUser currentUser) {
    this.views = views;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/cases/{caseNo}/letters")
  public List<LetterView> ofCase(@PathVariable String caseNo) {
    cases.visibleCase(caseNo, currentUser.get());
    return views.ofCase(caseNo);
  }
}
