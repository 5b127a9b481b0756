package cn.petition.support;

import cn.petition.intake.Channel;
import cn.petition.intake.PetitionerInput;
import cn.petition.intake.RegisterCaseRequest;
import cn.petition.org.PetitionUser;
import java.time.OffsetDateTime;
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

  /** A fresh, well-formed 18-character ID number, so repeat detection only links what a test links. */
  public static String newIdNumber() {
    return "33010219900101" + String.format("%04d", SERIAL.incrementAndGet() % 10_000);
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
