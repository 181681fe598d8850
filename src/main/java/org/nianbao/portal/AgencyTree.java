package org.nianbao.portal;

import java.util.List;
import org.nianbao.agency.Agency;
import org.nianbao.agency.AgencyKind;
import org.nianbao.text.Text;

/**
 * The agency hierarchy as the public browses it, level by level: the agencies at the top, each with the governments
 * directly under it (a province's cities, a city's counties), its townships and its departments. Each agency's page
 * shows the next level down the same way.
 */
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

    /**
     * An agency with the agencies directly under it. ({@code county} is named so for the templates written when
     * counties were the top: it is the agency of the branch, whatever its level.)
     */
    record Branch(AgencyLink county, List<AgencyLink> townships, List<AgencyLink> departments,
            List<AgencyLink> governments) {

        public AgencyLink agency() {
            return county;
        }

        public String timelinessPath(int year) {
            return "/timeliness/" + county.code() + "/" + year;
        }

        public String rollupPath(int year) {
            return "/rollup/" + county.code() + "/" + year;
        }

        /** 下级人民政府 of a province (市) or city (县、区、县级市). */
        public String governmentsHeading() {
            return Text.of(county.kind() == AgencyKind.PROVINCE ? "portal.agency-tree.governments.province"
                    : "portal.agency-tree.governments.county");
        }

        public String departmentsHeading() {
            return Text.of("portal.agency-tree.departments", county.kind().shortLabel());
        }
    }

    /**
     * The top of the hierarchy ({@code tops}, in the order given: registration order keeps the official order), each
     * with the agencies directly under it, taken from {@code children} (the agencies directly under any of them).
     */
    static AgencyTree of(List<Agency> tops, List<Agency> children) {
        return new AgencyTree(tops.stream().map(top -> branch(top, children)).toList());
    }

    /** {@code agency} with the agencies directly under it, taken from {@code children}. */
    static Branch branch(Agency agency, List<Agency> children) {
        List<Agency> below = children.stream()
                .filter(a -> a.getParent() != null && a.getParent().getId().equals(agency.getId())).toList();
        return new Branch(AgencyLink.of(agency), of(below, AgencyKind.TOWNSHIP), of(below, AgencyKind.DEPARTMENT),
                below.stream().filter(a -> a.getKind() == AgencyKind.CITY || a.getKind() == AgencyKind.COUNTY)
                        .map(AgencyLink::of).toList());
    }

    private static List<AgencyLink> of(List<Agency> agencies, AgencyKind kind) {
        return agencies.stream().filter(a -> a.getKind() == kind).map(AgencyLink::of).toList();
    }
}
