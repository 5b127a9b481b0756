package cn.petition.intake;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The intake_lock table: one row per petitioner, locked while a registration naming them is stored. */
@Mapper
public interface IntakeLockMapper {

  /** Locks the petitioner's row until the transaction ends; null when there is no row yet. */
  @Select("SELECT petitioner_key FROM intake_lock WHERE petitioner_key = #{key} FOR UPDATE")
  @Options(flushCache = Options.FlushCachePolicy.TRUE, useCache = false)
  String lock(String key);

  @Insert("INSERT INTO intake_lock (petitioner_key, created_at) VALUES (#{key}, #{at})")
  void create(@Param("key") String key, @Param("at") Instant at);
}
