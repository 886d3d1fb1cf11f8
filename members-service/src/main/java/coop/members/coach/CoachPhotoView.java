package coop.members.coach;

/**
 * A photo for {@code <picture>}: WebP widths in {@code srcset}, the same widths in the
 * fallback format in {@code fallbackSrcset}, {@code src} a middle width of the fallback;
 * {@code alt} names the coach.
 */
record CoachPhotoView(String id, String alt, int width, int height, String src, String srcset, String fallbackSrcset,
		String fallbackType) {
}
