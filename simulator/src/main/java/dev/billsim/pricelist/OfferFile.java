package dev.billsim.pricelist;

import java.util.Map;

/**
 * Holds what an import keeps of one offer file: its header and the matched SKUs' products and
 * on-demand prices.
 *
 * @param name the file's name, e.g. {@code AmazonEC2.json.gz}
 * @param productCount how many products the file lists
 */
record OfferFile(
    String name,
    String offerCode,
    String version,
    String publicationDate,
    long productCount,
    Map<String, OfferProduct> products,
    Map<String, OfferPrice> prices) {}
