package cn.petition.document;

import cn.petition.casefile.CaseAccess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.org.CurrentUser;
import cn.petition.org.PetitionUser;
import cn.petition.supervision.Letter;
import cn.petition.supervision.Letters;
import cn.petition.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/letters/{letterNo}/document (Word) and /api/letters/{letterNo}/document/pdf. A letter is
 * visible to whoever may see its case, and to its recipient and copy recipient.
 */
@RestController
public class LetterDocumentController {

  private final Letters letters;
  private final LetterDocuments documents;
  private final PdfConverter pdf;
  private final PetitionCaseMapper cases;
  private final CaseAccess access;
  private final CurrentUser currentUser;

  public LetterDocumentController(Letters letters, LetterDocuments documents, PdfConverter pdf,
      PetitionCaseMapper cases, CaseAccess access, CurrentUser currentUser) {
    this.letters = letters;
    this.documents = documents;
    this.pdf = pdf;
    this.cases = cases;
    this.access = access;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/letters/{letterNo}/document")
  public ResponseEntity<byte[]> docx(@PathVariable String letterNo) {
    Letter letter = visible(letterNo);
    return Downloads.attachment(documents.render(letter), DocumentRenderer.DOCX,
        LetterDocuments.fileName(letter, "docx"));
  }

  @GetMapping("/api/letters/{letterNo}/document/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String letterNo) {
    Letter letter = visible(letterNo);
    String name = LetterDocuments.fileName(letter, "pdf");
    return Downloads.attachment(pdf.convert(documents.render(letter), name), PdfConverter.PDF, name);
  }

  private Letter visible(String letterNo) {
    PetitionUser user = currentUser.get();
    Letter letter = letters.byNumber(letterNo);
    if (letter == null || !(addressedTo(user, letter) || visibleCase(user, letter))) {
      throw new NotFoundException("函件 " + letterNo + " 不存在或您无权查看");
    }
    return letter;
  }

  private static boolean addressedTo(PetitionUser user, Letter letter) {
    return user.groups().contains(letter.getRecipientGroup())
        || letter.getCopyTo() != null && user.groups().contains(letter.getCopyTo());
  }

  private boolean visibleCase(PetitionUser user, Letter letter) {
    PetitionCase c = cases.find(letter.getCaseNo());
    return c != null && access.maySee(user, c);
  }
}
