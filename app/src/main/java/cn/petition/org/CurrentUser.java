package cn.petition.org;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current /api request. */
@Component
public class CurrentUser {

  public PetitionUser get() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PetitionUser user) {
      return user;
    }
    throw new IllegalStateException("No authenticated petition user in this request");
  }
}
