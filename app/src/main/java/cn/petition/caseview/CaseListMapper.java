package cn.petition.caseview;

import cn.petition.casefile.PetitionCase;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.SelectProvider;

/**
 * The case lists (GET /api/cases): reads petition_case and, for the filters, the co-handlers, running
 * deadlines and leader owners of each case. Read only; every table is written by its own feature.
 */
@Mapper
public interface CaseListMapper {

  /** One page of cases matching the filter; see {@link CaseFilter}. */
  @SelectProvider(type = CaseSearchSql.class, method = "page")
  List<PetitionCase> search(CaseFilter filter);

  @SelectProvider(type = CaseSearchSql.class, method = "count")
  long count(CaseFilter filter);
}
