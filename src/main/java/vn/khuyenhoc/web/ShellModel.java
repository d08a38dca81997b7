package vn.khuyenhoc.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs on every page: the navigation the user may see and the current path. */
@ControllerAdvice
class ShellModel {

    private final List<NavigationItem> items;
    private final List<NavigationCount> counts;

    ShellModel(List<NavigationItem> items, org.springframework.beans.factory.ObjectProvider<NavigationCount> counts) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.counts = counts.orderedStream().toList();
    }

    @ModelAttribute("navigationCounts")
    NavigationCounts navigationCounts() {
        return new NavigationCounts(counts);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        var held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream().filter(item -> item.authorities().stream().anyMatch(held::contains)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
