package cn.petition.org;

/** An administrative region (县 / 街道 / 乡镇). */
public record Region(String code, String name, String parentCode) {}
