package cn.petition.org;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Reads departments, regions and categories. */
@Mapper
public interface ReferenceDataMapper {

  @Select("SELECT code, name, kind, region_code, parent_code FROM department ORDER BY code")
  List<Department> departments();

  @Select("SELECT code, name, parent_code FROM region ORDER BY code")
  List<Region> regions();

  @Select("SELECT code, name, domain FROM category ORDER BY sort_order, code")
  List<Category> categories();
}
