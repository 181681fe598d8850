package org.nianbao.portal;

import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;

/** The agency hierarchy as the public browses it: each county, then its townships, then its departments. */
record AgencyTree(List<Branch> counties) {

    /** A link to an agency's page. */
    record AgencyLink(String code, String name, AgencyKind kind) {

        static AgencyLink of(Agency agency) {
            return new AgencyLink(agency.getCode(), agency.getName(), agency.getKind());
        }

        public String path() {
            return "/agencies/" + code;
        }
    }

    /** A county with the agencies under it. */
    record Branch(AgencyLink county, List<AgencyLink> townships, List<AgencyLink> departments) {

        public String timelinessPath(int year) {
            return "/timeliness/" + county.code() + "/" + year;
        }
    }

    /** The tree of {@code agencies}, in the order given (registration order keeps the official order). */
    static AgencyTree of(List<Agency> agencies) {
        return new AgencyTree(agencies.stream().filter(a -> a.getKind() == AgencyKind.COUNTY)
                .map(county -> new Branch(AgencyLink.of(county), children(agencies, county, AgencyKind.TOWNSHIP),
                        children(agencies, county, AgencyKind.DEPARTMENT)))
                .toList());
    }

    static List<AgencyLink> children(List<Agency> agencies, Agency parent, AgencyKind kind) {
        return agencies.stream()
                .filter(a -> a.getKind() == kind && a.getParent() != null
                        && a.getParent().getId().equals(parent.getId()))
                .map(AgencyLink::of).toList();
    }
}
