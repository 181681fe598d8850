package org.nianbao.editing;

import org.nianbao.draft.Draft;
import org.nianbao.draft.Drafts;
import org.nianbao.publishing.ReportView;
import org.nianbao.security.Staff;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report exactly as the public page will show it (the same article fragment), marked 预览. */
@Controller
class PreviewPage {

    private final Drafts drafts;
    private final int amountPrecision;

    PreviewPage(Drafts drafts, @Value("${nianbao.amount-precision:4}") int amountPrecision) {
        this.drafts = drafts;
        this.amountPrecision = amountPrecision;
    }

    @GetMapping("/staff/reports/{id}/preview")
    String preview(@AuthenticationPrincipal Staff me, @PathVariable long id, Model model) {
        Draft draft = drafts.read(me, id);
        model.addAttribute("draft", draft);
        model.addAttribute("report", new ReportView(draft.content(), draft.revision(), draft.publishedAt(),
                amountPrecision));
        return "staff/preview";
    }
}
