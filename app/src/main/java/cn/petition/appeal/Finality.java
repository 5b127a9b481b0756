package cn.petition.appeal;

import cn.petition.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * After a final 复核, the same facts and reasons are not accepted again (《信访工作条例》第三十七条):
 * a new petition or appeal on the same facts (petitioner ID, category, place) is refused with 409.
 */
@Component
public class Finality {

  private final AppealMapper appeals;

  public Finality(AppealMapper appeals) {
    this.appeals = appeals;
  }

  /** @throws ConflictException if a case on the same facts has a decided 复核 */
  public void refuseIfFinal(String idNumber, String categoryCode, String region) {
    if (idNumber == null || idNumber.isBlank()) {
      return;
    }
    // ID numbers are stored with an upper-case check letter (CaseRegistrar).
    String finalCase = appeals.findFinal(idNumber.trim().toUpperCase(), categoryCode, region);
    if (finalCase != null) {
      throw new ConflictException("同一事实和理由已经复核终结（信访件 " + finalCase + "），依照《信访工作条例》第三十七条不再受理");
    }
  }
}
