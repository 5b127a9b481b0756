package cn.petition.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises intake per petitioner: a registration locks the intake_lock row of every ID number it names
 * (in a fixed order, so two registrations naming the same people never deadlock) and keeps the locks until
 * its transaction ends. A second registration of the same petitioner therefore waits until the first is
 * committed and then finds it, so the same petition sent twice at once becomes an original and its repeat
 * instead of two originals.
 *
 * <p>A petitioner's row is created on first use, in the registration's own transaction (no second
 * connection, so a busy pool cannot deadlock): the new row stays locked until commit. Two first uses at once
 * collide on the key; the database makes the second wait for the first to commit and then refuses its insert
 * as a duplicate, after which it locks the now committed row.
 */
@Component
public class IntakeLocks {

  private final IntakeLockMapper mapper;

  public IntakeLocks(IntakeLockMapper mapper) {
    this.mapper = mapper;
  }

  /** Locks every petitioner named by ID number (blank ones are skipped) until the current transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockPetitioners(Collection<PetitionerInput> petitioners) {
    petitioners.stream().map(PetitionerInput::idNumber).filter(Objects::nonNull).filter(id -> !id.isBlank())
        .map(id -> key(id.trim().toUpperCase())).distinct().sorted().forEach(this::lock);
  }

  private void lock(String key) {
    if (mapper.lock(key) != null) {
      return;
    }
    try {
      mapper.create(key, ClockUtil.getCurrentTime().toInstant());
    } catch (DuplicateKeyException createdMeanwhile) {
      if (mapper.lock(key) == null) {
        throw createdMeanwhile;
      }
    }
  }

  private static String key(String idNumber) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(idNumber.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
