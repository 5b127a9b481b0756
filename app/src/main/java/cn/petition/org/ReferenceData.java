package cn.petition.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Departments, regions and categories, looked up by code (and categories also by Chinese name,
 * as the public contract sends "category": "城市更新"). Small tables, read on demand.
 */
@Service
public class ReferenceData {

  private final ReferenceDataMapper mapper;

  public ReferenceData(ReferenceDataMapper mapper) {
    this.mapper = mapper;
  }

  public List<Department> departments() {
    return mapper.departments();
  }

  public List<Region> regions() {
    return mapper.regions();
  }

  public List<Category> categories() {
    return mapper.categories();
  }

  public Optional<Department> department(String code) {
    return departments().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<Region> region(String code) {
    return regions().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** A category by its code (URBAN_RENEWAL) or its Chinese name (城市更新). */
  public Optional<Category> category(String codeOrName) {
    return categories().stream()
        .filter(c -> c.code().equals(codeOrName) || c.name().equals(codeOrName)).findFirst();
  }

  /** The street or township office of a region, the co-handler there (协办). */
  public Optional<Department> streetOfficeOf(String regionCode) {
    return departments().stream()
        .filter(d -> Department.STREET_OFFICE.equals(d.kind()) && d.regionCode().equals(regionCode))
        .findFirst();
  }

  public String departmentName(String code) {
    return code == null ? null : department(code).map(Department::name).orElse(code);
  }

  public String regionName(String code) {
    return code == null ? null : region(code).map(Region::name).orElse(code);
  }
}
