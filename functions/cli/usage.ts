import { acceptedFormatNames } from '../domain/accepted-formats.ts';

/** `council-papers --help`: kept free of every engine so that it prints at once. */
export const usage = `council-papers: upload papers and datasets, and see what became of them

Usage:
  council-papers upload FILE... [--as paper|dataset] [--id ID] [--replaces ID] [--sheet NAME] [--by NAME] [--no-wait]
                [--title T] [--description D] [--licence L] [--publisher P] [--source S]
                                           describe the record (the object's x-amz-meta-*);
                                           --replaces: this file is the next version of record ID,
                                           published from another file (else that id is refused);
                                           --by: who uploads (default: your AWS identity, or your user name locally)
  council-papers status [--limit N] [--json]
  council-papers extract FILE [--json]     read a paper as ingest would, touching no storage
  council-papers validate FILE [--schema S] [--sheet NAME] [--json]
                                           a dataset's validation report; exit 0 valid, 1 invalid, 2 unreadable;
                                           datapackage.json: the package and each of its resources;
                                           XLSX/ODS: each visible sheet (or --sheet NAME) as ingest reads it
  council-papers withdraw ID --reason TEXT [--as paper|dataset] [--by NAME]
                                           publish a tombstone version; history stays retrievable
  council-papers takedown paper|dataset ID --version N --reason TEXT [--by NAME] [--distribution-id ID]
                                           withhold a version's original, text and rows from the public (410);
                                           its history, metadata and the auditors' access stay; in AWS also
                                           drops CloudFront's cached copies (--distribution-id or
                                           CDN_DISTRIBUTION_ID: the stack output CdnDistributionId);
                                           exit 1 already taken down, 3 the CDN refused (run it again)
  council-papers reindex                   build the search index again from every record's current version
  council-papers verify [ID... | --all | --digests | --digest-now] [--as paper|dataset] [--api URL] [--json]
                                           recompute hash chains and original hashes from the public API
                                           (--all: with totals), or check every published digest still holds
                                           (--digest-now: publish one first, on the local stack); exit 0 intact, 1 not

Formats (found from the bytes, not the name):
  papers   ${acceptedFormatNames('paper')}
  datasets ${acceptedFormatNames('dataset')};
           a legacy Excel workbook (.xls) is refused: save it as XLSX or CSV

Target: the running local stack (npm start) unless --bucket (or UPLOAD_BUCKET) names a bucket;
--ingests-table (or INGESTS_TABLE) lets upload and status read outcomes there; --port picks
one of several local stacks.`;
