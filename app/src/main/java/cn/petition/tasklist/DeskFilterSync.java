package cn.petition.tasklist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import cn.petition.org.RoleAuthorizations;
import cn.petition.tasklist.DeskFilter.Audience;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the groups exist: creates the desk filters ({@link DeskFilters}) that are
 * missing, updates those whose definition changed (name, criteria, columns, colour), deletes filters of
 * this application that are no longer defined and the retired "所有任务", and shares each filter with
 * exactly the groups of its audience (READ grants on the filter; a wildcard grant that shared every
 * filter with a group is withdrawn). Filters people made themselves are left alone.
 */
@Component
@Order(30)
public class DeskFilterSync implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DeskFilterSync.class);

  private final DeskFilters definitions;
  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final IdentityService identityService;

  public DeskFilterSync(DeskFilters definitions, FilterService filterService,
      AuthorizationService authorizationService, IdentityService identityService) {
    this.definitions = definitions;
    this.filterService = filterService;
    this.authorizationService = authorizationService;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> groups = identityService.createGroupQuery().list().stream().map(Group::getId).toList();
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filterService.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(DeskFilters.KEY_PROPERTY);
      if (key != null) {
        existing.put(key.toString(), filter);
      } else if (DeskFilters.RETIRED.contains(filter.getName()) && filter.getOwner() == null) {
        filterService.deleteFilter(filter.getId());
        LOG.info("Tasklist filter {} retired", filter.getName());
      }
    }
    List<DeskFilter> all = definitions.all();
    for (int i = 0; i < all.size(); i++) {
      DeskFilter definition = all.get(i);
      Filter filter = keep(existing.remove(definition.key()), definition, (i + 1) * 10);
      share(filter.getId(), groups.stream()
          .filter(g -> definition.audience().stream().anyMatch(a -> DeskFilters.includes(a, g))).toList());
    }
    existing.values().forEach(gone -> {
      filterService.deleteFilter(gone.getId());
      LOG.info("Tasklist filter {} no longer defined, deleted", gone.getName());
    });
    withdrawWildcardGrants();
  }

  /** Creates the filter, or updates it where it differs from its definition; returns it saved. */
  private Filter keep(Filter stored, DeskFilter definition, int priority) {
    FilterEntity wanted = (FilterEntity) filterService.newTaskFilter(definition.name());
    wanted.setQuery(definition.query());
    wanted.setProperties(DeskFilters.properties(definition, priority));
    if (stored == null) {
      LOG.info("Tasklist filter {} created", definition.name());
      return filterService.saveFilter(wanted);
    }
    FilterEntity current = (FilterEntity) stored;
    if (Objects.equals(current.getName(), wanted.getName())
        && Objects.equals(current.getQueryInternal(), wanted.getQueryInternal())
        && Objects.equals(current.getPropertiesInternal(), wanted.getPropertiesInternal())) {
      return current;
    }
    current.setName(wanted.getName());
    current.setQueryInternal(wanted.getQueryInternal());
    current.setPropertiesInternal(wanted.getPropertiesInternal());
    LOG.info("Tasklist filter {} updated to its current definition", definition.name());
    return filterService.saveFilter(current);
  }

  /** Exactly these groups may read the filter. */
  private void share(String filterId, List<String> groups) {
    Set<String> missing = new HashSet<>(groups);
    for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).list()) {
      if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && grant.getGroupId() != null
          && !missing.remove(grant.getGroupId())) {
        authorizationService.deleteAuthorization(grant.getId());
      }
    }
    for (String group : missing) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filterId);
      grant.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(grant);
    }
  }

  /** Earlier versions let every role group read every filter ("*"); each filter is now shared by itself. */
  private void withdrawWildcardGrants() {
    for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId("*").list()) {
      String group = grant.getGroupId();
      if (grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && group != null
          && (RoleAuthorizations.DESIGNER_GROUP.equals(group)
              || Stream.of(Audience.values()).anyMatch(a -> DeskFilters.includes(a, group)))) {
        authorizationService.deleteAuthorization(grant.getId());
      }
    }
  }
}
