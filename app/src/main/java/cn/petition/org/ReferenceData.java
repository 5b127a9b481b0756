package cn.petition.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Departments, regions and categories, looked up by code (and categories also by Chinese name,
 * as the public contract sends "category": "城市更新"). These small tables are read on every
 * registration and task, so they are kept in memory and re-read after
 * {@code petition.reference-data.refresh} (or at once through {@link #reload()}).
 */
@Service
public class ReferenceData {

  private record Snapshot(List<Department> departments, List<Region> regions, List<Category> categories,
      long loadedAt) {}

  private final ReferenceDataMapper mapper;
  private final long refreshNanos;
  private volatile Snapshot snapshot;

  public ReferenceData(ReferenceDataMapper mapper, ReferenceDataProperties properties) {
    this.mapper = mapper;
    this.refreshNanos = properties.refresh().toNanos();
  }

  /** Forgets the cached tables; the next lookup reads them again. */
  public void reload() {
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || System.nanoTime() - s.loadedAt() > refreshNanos) {
      s = new Snapshot(List.copyOf(mapper.departments()), List.copyOf(mapper.regions()),
          List.copyOf(mapper.categories()), System.nanoTime());
      snapshot = s;
    }
    return s;
  }

  public List<Department> departments() {
    return current().departments();
  }

  public List<Region> regions() {
    return current().regions();
  }

  public List<Category> categories() {
    return current().categories();
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
