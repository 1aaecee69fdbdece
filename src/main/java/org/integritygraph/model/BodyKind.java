package org.integritygraph.model;

/** The kind of a government body (机关/单位). */
public enum BodyKind {

	/** 人民政府 */
	GOVERNMENT,

	/** 部门 */
	DEPARTMENT,

	/** 管委会 */
	COMMITTEE,

	/** 街道办事处 */
	SUBDISTRICT,

	/** 乡镇 */
	TOWNSHIP,

	/** 法院 */
	COURT,

	/** 纪委监委 */
	SUPERVISORY,

	/** 党委机关 */
	PARTY_ORGAN,

	/** 事业单位 */
	PUBLIC_INSTITUTION

}
