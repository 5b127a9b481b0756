package cn.petition.casefile;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Which process instance owns which business key: petition_case for the case process, process_owner for the rest. */
@Mapper
public interface ProcessOwnerMapper {

  @Insert("INSERT INTO process_owner (process_instance_id, business_key, process_key, started_at) "
      + "VALUES (#{processInstanceId}, #{businessKey}, #{processKey}, #{startedAt})")
  void insert(@Param("processInstanceId") String processInstanceId, @Param("businessKey") String businessKey,
      @Param("processKey") String processKey, @Param("startedAt") Instant startedAt);

  @Select("SELECT COUNT(*) FROM petition_case WHERE case_no = #{businessKey} "
      + "AND process_instance_id = #{processInstanceId}")
  int countCaseProcess(@Param("businessKey") String businessKey, @Param("processInstanceId") String processInstanceId);

  @Select("SELECT COUNT(*) FROM process_owner WHERE business_key = #{businessKey} "
      + "AND process_instance_id = #{processInstanceId}")
  int countSystemProcess(@Param("businessKey") String businessKey,
      @Param("processInstanceId") String processInstanceId);

  @Select("SELECT COUNT(*) FROM process_owner WHERE process_instance_id = #{processInstanceId}")
  int countRecorded(String processInstanceId);

  @Select("SELECT COUNT(*) FROM process_owner_adoption")
  int countAdoptions();

  @Insert("INSERT INTO process_owner_adoption (id, adopted, adopted_at) VALUES (1, #{adopted}, #{at})")
  void recordAdoption(@Param("adopted") int adopted, @Param("at") Instant at);
}
