package cn.petition.casefile;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The case_co_handler table. */
@Mapper
public interface CoHandlerMapper {

  /** Enlists a co-handler (RUNNING) unless the case has it already. */
  default void insertIfAbsent(String caseNo, String deptCode, String reason) {
    insertIfAbsent(caseNo, deptCode, reason, CoHandlerStatus.RUNNING);
  }

  @Insert("INSERT INTO case_co_handler (case_no, dept_code, reason, status) "
      + "SELECT #{caseNo}, #{deptCode}, #{reason}, #{status} FROM (SELECT 1 AS one) x WHERE NOT EXISTS "
      + "(SELECT 1 FROM case_co_handler WHERE case_no = #{caseNo} AND dept_code = #{deptCode})")
  void insertIfAbsent(@Param("caseNo") String caseNo, @Param("deptCode") String deptCode,
      @Param("reason") String reason, @Param("status") CoHandlerStatus status);

  /** The co-handler gave its opinion (DONE). */
  default void finish(String caseNo, String deptCode, String opinion, Instant at) {
    finish(caseNo, deptCode, opinion, at, CoHandlerStatus.DONE);
  }

  @Update("UPDATE case_co_handler SET status = #{status}, opinion = #{opinion}, finished_at = #{at} "
      + "WHERE case_no = #{caseNo} AND dept_code = #{deptCode}")
  void finish(@Param("caseNo") String caseNo, @Param("deptCode") String deptCode,
      @Param("opinion") String opinion, @Param("at") Instant at, @Param("status") CoHandlerStatus status);

  @Select("SELECT case_no, dept_code, reason, status, opinion, finished_at FROM case_co_handler "
      + "WHERE case_no = #{caseNo} ORDER BY dept_code")
  List<CoHandler> ofCase(String caseNo);
}
