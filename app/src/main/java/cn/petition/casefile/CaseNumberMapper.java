package cn.petition.casefile;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The case_number_counter table: one row per day, locked while a number is drawn. */
@Mapper
public interface CaseNumberMapper {

  @Update("UPDATE case_number_counter SET last_value = last_value + 1 WHERE counter_date = #{day}")
  int increment(String day);

  @Insert("INSERT INTO case_number_counter (counter_date, last_value) VALUES (#{day}, 1)")
  void start(String day);

  @Select("SELECT last_value FROM case_number_counter WHERE counter_date = #{day}")
  int current(String day);
}
