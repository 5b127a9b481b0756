package cn.petition.casefile;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** The case_event table: a case's timeline. */
@Mapper
public interface CaseEventMapper {

  @Insert("INSERT INTO case_event (case_no, occurred_at, kind, actor, dept_code, detail) "
      + "VALUES (#{caseNo}, #{occurredAt}, #{kind}, #{actor}, #{deptCode}, #{detail})")
  void insert(CaseEvent event);

  @Select("SELECT id, case_no, occurred_at, kind, actor, dept_code, detail FROM case_event "
      + "WHERE case_no = #{caseNo} ORDER BY occurred_at, id")
  List<CaseEvent> ofCase(String caseNo);
}
