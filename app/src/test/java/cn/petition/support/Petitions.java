package cn.petition.support;

import cn.petition.intake.Channel;
import cn.petition.intake.PetitionerInput;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.intake.ResidentIdNumberValidator;
import cn.petition.org.PetitionUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of test petitions and users. Each petitioner gets a fresh ID number unless one is given. */
public final class Petitions {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

  private Petitions() {}

  public static PetitionUser petitionOfficeHandler() {
    return new PetitionUser("xfj-handler", List.of("dept-XFJ"), Set.of("XFJ"));
  }

  /**
   * A fresh valid ID number (GB 11643: region 330102, a birth date between 1950 and 2004, sequence and check
   * character), so repeat detection only links what a test links.
   */
  public static String newIdNumber() {
    long serial = SERIAL.incrementAndGet();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(serial / 1000 % 20_000);
    String first17 = "330102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", serial % 1000);
    return first17 + ResidentIdNumberValidator.checkCharacter(first17);
  }

  public static RegisterCaseRequest urbanRenewal(OffsetDateTime receivedAt, String idNumber) {
    return request(receivedAt, "城市更新", 1, List.of(petitioner(idNumber, "330100-01", "330100-01")));
  }

  public static RegisterCaseRequest request(OffsetDateTime receivedAt, String category, int personCount,
      List<PetitionerInput> petitioners) {
    return new RegisterCaseRequest(Channel.VISIT, receivedAt, "XFJ", "小区加装电梯补贴未发放",
        "本人所在小区2025年完成加装电梯，承诺的补贴至今未发放。", category, "330100-01", personCount, petitioners,
        false, false);
  }

  public static PetitionerInput petitioner(String idNumber, String householdRegion, String residenceRegion) {
    return new PetitionerInput("张三", idNumber, "13800000000", householdRegion, residenceRegion);
  }
}
