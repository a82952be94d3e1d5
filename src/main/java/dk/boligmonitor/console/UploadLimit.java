package dk.boligmonitor.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import dk.boligmonitor.console.AuditLog.Action;
import dk.boligmonitor.format.Messages;

/**
 * An upload over spring.servlet.multipart.max-file-size (or several together over max-request-size): the container
 * stops reading the form at the limit and answers 413 before the CSRF check or any controller has the request. The
 * browser is sent back to the files page, which says the limits in Danish, instead of to an error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit implements ErrorViewResolver {

    private final AuditLog audit;
    private final String limit;
    private final String requestLimit;

    UploadLimit(AuditLog audit, @Value("${spring.servlet.multipart.max-file-size}") DataSize limit,
                @Value("${spring.servlet.multipart.max-request-size}") DataSize requestLimit) {
        this.audit = audit;
        this.limit = FileSize.text(limit.toBytes());
        this.requestLimit = FileSize.text(requestLimit.toBytes());
    }

    /** The limit as the files page states it. */
    String text() {
        return limit;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        // the error dispatch reports GET whatever the request was: the status and the address tell an upload
        if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value()
                || !"/filer".equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            return null;
        }
        String message = Messages.get("console.upload.too_large", limit, requestLimit);
        if (request.getUserPrincipal() != null) {
            audit.record(Action.UPLOAD, message, AuditLog.Outcome.REFUSED);
        }
        RequestContextUtils.getOutputFlashMap(request).put("refused", List.of(message));
        return new ModelAndView("redirect:/filer");
    }
}
