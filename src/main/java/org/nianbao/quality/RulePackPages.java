package org.nianbao.quality;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nianbao.faults.Messages;
import org.nianbao.security.Access;
import org.nianbao.security.Staff;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/** Administrators upload rule packs (a file or pasted text) and set the T2 threshold. */
@Controller
class RulePackPages {

    private final RulePacks packs;
    private final QualitySettings settings;
    private final Access access;
    private final Messages messages;

    RulePackPages(RulePacks packs, QualitySettings settings, Access access, Messages messages) {
        this.packs = packs;
        this.settings = settings;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/admin/rule-packs")
    String show(@AuthenticationPrincipal Staff me, Model model) {
        Access.require(access.isAdmin(me));
        return page(model, "", List.of(), String.valueOf(settings.copiedThreshold()), null);
    }

    @PostMapping("/admin/rule-packs")
    String upload(@AuthenticationPrincipal Staff me, @RequestParam(defaultValue = "") String source,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        Access.require(access.isAdmin(me));
        String text = source;
        if (file != null && !file.isEmpty()) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getBytes())).toString();
            } catch (CharacterCodingException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                return page(model, source, List.of(new RulePackProblem(0, "",
                        messages.message("quality.rule-pack.not-utf8"))),
                        String.valueOf(settings.copiedThreshold()), null);
            }
        }
        try {
            RulePack pack = packs.upload(text, me.getUsername());
            redirect.addFlashAttribute("saved", messages.message("quality.rule-pack.enabled", pack.name(),
                    String.valueOf(pack.rules().size())));
            return "redirect:/admin/rule-packs";
        } catch (RulePackException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, text, refused.problems(), String.valueOf(settings.copiedThreshold()), null);
        }
    }

    @PostMapping("/admin/rule-packs/threshold")
    String threshold(@AuthenticationPrincipal Staff me, @RequestParam(defaultValue = "") String threshold,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Access.require(access.isAdmin(me));
        int percent;
        try {
            percent = Integer.parseInt(threshold.strip());
        } catch (NumberFormatException e) {
            percent = -1;
        }
        if (percent < 1 || percent > 100) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, "", List.of(), threshold, messages.message("quality.threshold.invalid"));
        }
        settings.setCopiedThreshold(percent);
        redirect.addFlashAttribute("saved", messages.message("quality.threshold.saved", String.valueOf(percent)));
        return "redirect:/admin/rule-packs";
    }

    private String page(Model model, String source, List<RulePackProblem> problems, String threshold,
            String thresholdError) {
        model.addAttribute("source", source);
        model.addAttribute("problems", problems);
        model.addAttribute("threshold", threshold);
        model.addAttribute("thresholdError", thresholdError);
        model.addAttribute("inForce", packs.inForce());
        model.addAttribute("stored", packs.list());
        return "admin/rule-packs";
    }
}
