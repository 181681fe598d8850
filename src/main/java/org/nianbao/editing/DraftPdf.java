package org.nianbao.editing;

import org.nianbao.draft.Draft;
import org.nianbao.draft.Drafts;
import org.nianbao.pdf.ReportPdf;
import org.nianbao.publishing.ReportView;
import org.nianbao.security.Staff;
import org.nianbao.text.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * PDFs of reports that are not published, for staff who may read them: the draft as it stands (草稿 on every page)
 * and the preview (预览). Rendered on request, never stored, never cached.
 */
@Controller
class DraftPdf {

    private final Drafts drafts;
    private final ReportPdf pdf;
    private final int amountPrecision;

    DraftPdf(Drafts drafts, ReportPdf pdf, @Value("${nianbao.amount-precision:4}") int amountPrecision) {
        this.drafts = drafts;
        this.pdf = pdf;
        this.amountPrecision = amountPrecision;
    }

    @GetMapping("/staff/reports/{id}.pdf")
    ResponseEntity<byte[]> draft(@AuthenticationPrincipal Staff me, @PathVariable long id) {
        return render(me, id, Text.of("editing.pdf.mark.draft"), "draft");
    }

    @GetMapping("/staff/reports/{id}/preview.pdf")
    ResponseEntity<byte[]> preview(@AuthenticationPrincipal Staff me, @PathVariable long id) {
        return render(me, id, Text.of("editing.pdf.mark.preview"), "preview");
    }

    private ResponseEntity<byte[]> render(Staff me, long id, String mark, String kind) {
        Draft draft = drafts.read(me, id);
        byte[] bytes = pdf.render(new ReportView(draft.content(), draft.revision(), draft.publishedAt(),
                amountPrecision), mark);
        String filename = draft.content().agencyCode() + "-" + draft.content().year() + "-r" + draft.revision()
                + "-" + kind + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(bytes);
    }
}
