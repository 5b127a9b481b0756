package cn.petition.login;

import cn.petition.org.RoleAuthorizations;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's database identity provider with its password check changed; every login (Tasklist and the
 * other webapps, /engine-rest, /api) and every other password check (e.g. /engine-rest/identity/verify)
 * goes through it:
 * <ul>
 *   <li>Camunda's own lockout is off. It counts wrong passwords per user, from whoever sends them, so
 *       anybody could lock anybody out, the administrator too. Wrong passwords are counted per client
 *       address and user by {@link LoginThrottle} instead; while an address must wait, its checks fail.</li>
 *   <li>Outside the demo, members of {@code camunda-admin} and {@code designer} (who can run code through a
 *       deployment) cannot log in with a weak password ({@link PasswordRules}); the log says who and why.</li>
 * </ul>
 */
public class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger log = LoggerFactory.getLogger(ThrottledIdentityProvider.class);

  /** Groups whose members need a real password outside the demo. */
  static final List<String> PRIVILEGED_GROUPS = List.of(Groups.CAMUNDA_ADMIN, RoleAuthorizations.DESIGNER_GROUP);

  private final LoginThrottle throttle;
  private final boolean demo;

  public ThrottledIdentityProvider(LoginThrottle throttle, boolean demo) {
    this.throttle = throttle;
    this.demo = demo;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    String address = ClientAddress.current();
    boolean counted = address != null && userId != null;
    if (counted && !throttle.waitFor(address, userId).isZero()) {
      return false;
    }
    boolean right = super.checkPassword(userId, password) && !refusedAsWeak(userId, password);
    if (counted && right) {
      throttle.succeeded(address, userId);
    } else if (counted) {
      throttle.failed(address, userId);
    }
    return right;
  }

  /** Whether this is the user's stored password; counts and refuses nothing. */
  boolean hasPassword(String userId, String password) {
    UserEntity user = findUserById(userId);
    return user != null && password != null && matchPassword(password, user);
  }

  private boolean refusedAsWeak(String userId, String password) {
    String weakness = demo ? null : PasswordRules.weakness(userId, password);
    if (weakness == null || PRIVILEGED_GROUPS.stream().noneMatch(group -> existsMembership(userId, group))) {
      return false;
    }
    log.warn("Login refused: '{}' may deploy processes or administer the system, and its password is weak ({}). "
        + "An administrator sets a real one in Camunda Admin (Users → {} → Account).", userId, weakness, userId);
    return true;
  }

  /** Off: see the class comment. A user locked by an earlier version is unlocked at the next right password. */
  @Override
  protected boolean isUserLocked(UserEntity user) {
    return false;
  }

  @Override
  protected void lockUser(UserEntity user) {
    // Camunda's per-user lockout is replaced by LoginThrottle.
  }
}
