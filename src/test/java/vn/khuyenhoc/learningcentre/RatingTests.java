package vn.khuyenhoc.learningcentre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A criteria set's band names the rating, whatever its case or diacritics; other labels name none. */
class RatingTests {

    @Test
    void theBandsOfACriteriaSetNameTheFourRatings() {
        assertThat(Rating.ofBand("Tốt")).contains(Rating.GOOD);
        assertThat(Rating.ofBand("khá")).contains(Rating.FAIR);
        assertThat(Rating.ofBand(" Trung  bình ")).contains(Rating.AVERAGE);
        assertThat(Rating.ofBand("YẾU")).contains(Rating.WEAK);
    }

    @Test
    void aBandOutsideTheFourNamesNoRating() {
        assertThat(Rating.ofBand("Xuất sắc")).isEmpty();
        assertThat(Rating.ofBand("Đạt")).isEmpty();
        assertThat(Rating.ofBand(null)).isEmpty();
    }
}
