package cn.petition.supervision;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Table letter_number_counter: one row per (counter, year), locked while a number is drawn. Letters count
 * by their kind (督办函 …), the notices to petitioners by theirs (cn.petition.document.DocumentNumbers).
 */
@Mapper
public interface LetterNumberMapper {

  @Update("UPDATE letter_number_counter SET last_value = last_value + 1 WHERE kind = #{kind} AND issue_year = #{year}")
  int increment(@Param("kind") String counter, @Param("year") int year);

  @Insert("INSERT INTO letter_number_counter (kind, issue_year, last_value) VALUES (#{kind}, #{year}, 1)")
  void start(@Param("kind") String counter, @Param("year") int year);

  @Select("SELECT last_value FROM letter_number_counter WHERE kind = #{kind} AND issue_year = #{year}")
  int current(@Param("kind") String counter, @Param("year") int year);
}
