package cn.petition.supervision;

import cn.petition.casefile.CaseAccess;
import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/cases/{caseNo}/letters and GET /api/letters/{letterNo}/document. A letter is visible to
 * whoever may see its case, and to its recipient and copy recipient.
 */
@RestController
public class LetterController {

  private final Letters letters;
  private final LetterViews views;
  private final LetterDocument documents;
  private final CaseAccess cases;
  private final CurrentUser currentUser;

  public LetterController(Letters letters, LetterViews views, LetterDocument documents, CaseAccess cases,
      CurrentUser currentUser) {
    this.letters = letters;
    this.views = views;
    this.documents = documents;
    this.cases = cases;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/cases/{caseNo}/letters")
  public List<LetterView> ofCase(@PathVariable String caseNo) {
    cases.visibleCase(caseNo, currentUser.get());
    return views.ofCase(caseNo);
  }

  @GetMapping("/api/letters/{letterNo}/document")
  public ResponseEntity<byte[]> document(@PathVariable String letterNo) {
    PetitionUser user = currentUser.get();
    Letter letter = letters.byNumber(letterNo);
    if (letter == null || !(addressedTo(user, letter) || visibleCase(user, letter))) {
      throw new NotFoundException("函件 " + letterNo + " 不存在或您无权查看");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(LetterDocument.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(LetterDocument.fileName(letter), StandardCharsets.UTF_8).build().toString())
        .body(documents.render(letter));
  }

  private static boolean addressedTo(PetitionUser user, Letter letter) {
    return user.groups().contains(letter.getRecipientGroup())
        || letter.getCopyTo() != null && user.groups().contains(letter.getCopyTo());
  }

  private boolean visibleCase(PetitionUser user, Letter letter) {
    try {
      cases.visibleCase(letter.getCaseNo(), user);
      return true;
    } catch (NotFoundException hidden) {
      return false;
    }
  }
}
