package cn.petition.rules;

import cn.petition.org.Category;
import cn.petition.org.Department;
import cn.petition.org.ReferenceDataMapper;
import cn.petition.org.Region;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reference codes in the database, read afresh at every compile of the decision tables (startup,
 * after Flyway, and POST /api/rules/reload), so a department added a moment ago is known. A list that
 * is still empty (a new MySQL installation before its departments and regions are loaded) is not
 * checked, and the log says so.
 */
@Component
public class ReferenceDataCodes implements ReferenceCodes {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataCodes.class);

  private final ReferenceDataMapper mapper;

  public ReferenceDataCodes(ReferenceDataMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Set<String> of(ReferenceList list) {
    Set<String> codes = switch (list) {
      case CATEGORY -> mapper.categories().stream().map(Category::code).collect(Collectors.toSet());
      case DOMAIN -> mapper.categories().stream().map(Category::domain).collect(Collectors.toSet());
      case REGION -> mapper.regions().stream().map(Region::code).collect(Collectors.toSet());
      case DEPARTMENT -> mapper.departments().stream().map(Department::code).collect(Collectors.toSet());
    };
    if (codes.isEmpty()) {
      LOG.warn("{}为空，决策表中的{}暂不核对", list.source(), list.label());
    }
    return codes;
  }
}
