/**
 * Lists what the price catalog holds ({@code billsim prices}) and imports providers' published
 * price lists into catalog overlays ({@code billsim prices import aws}).
 *
 * <p>The AWS importer streams the Price List bulk offer files (gigabytes for EC2) with Jackson's
 * streaming parser, keeping only the few facts of the SKUs its filter matches. It imports EC2 Linux
 * on-demand shared-tenancy instance prices, Lambda's request, duration and provisioned-concurrency
 * prices and Fargate's Linux vCPU and memory prices; not Savings Plans, reservations, spot prices,
 * Windows or other operating systems, dedicated tenancy, or any other AWS service.
 */
package dev.billsim.pricelist;
