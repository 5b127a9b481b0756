package cn.petition.document;

import cn.petition.casefile.CaseAccess;
import cn.petition.casefile.PetitionCase;
import cn.petition.casefile.PetitionCaseMapper;
import cn.petition.org.PetitionUser;
import cn.petition.web.NotFoundException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's documents and record their delivery: whoever may see the case (its departments,
 * supervisors), and the department that issued a document (e.g. the superior organ that decided a
 * 复查). Recording a delivery is for the case's departments and the issuer; supervisors only read.
 */
@Component
class DocumentAccess {

  private final PetitionCaseMapper cases;
  private final CaseAccess access;

  DocumentAccess(PetitionCaseMapper cases, CaseAccess access) {
    this.cases = cases;
    this.access = access;
  }

  /** @throws NotFoundException if the case does not exist or the user may not see it */
  PetitionCase visibleCase(String caseNo, PetitionUser user, List<CaseDocument> documents) {
    PetitionCase c = cases.find(caseNo);
    if (c == null || !(access.maySee(user, c) || documents.stream().anyMatch(d -> user.belongsTo(d.issuerDept())))) {
      throw new NotFoundException("信访件 " + caseNo + " 不存在或您无权查看");
    }
    return c;
  }

  /** @throws NotFoundException if the user may not see the document */
  void requireVisible(PetitionUser user, CaseDocument document) {
    PetitionCase c = cases.find(document.caseNo());
    if (!(access.maySee(user, c) || user.belongsTo(document.issuerDept()))) {
      throw new NotFoundException("文书 " + document.id() + " 不存在或您无权查看");
    }
  }

  /** @throws AccessDeniedException 403 for those who may only read */
  void requireMayRecordDelivery(PetitionUser user, CaseDocument document) {
    requireVisible(user, document);
    if (!(access.isInvolved(user, cases.find(document.caseNo())) || user.belongsTo(document.issuerDept()))) {
      throw new AccessDeniedException("只有出具文书的单位和承办该信访件的单位可以登记送达");
    }
  }
}
