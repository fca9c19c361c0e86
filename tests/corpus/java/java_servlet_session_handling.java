package com.example.bank.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class OnlineBankingLoginController {

    private final AuthenticationManager authenticationManager;
    private final CustomerService customers;

    public OnlineBankingLoginController(AuthenticationManager authenticationManager, CustomerService customers) {
        this.authenticationManager = authenticationManager;
        this.customers = customers;
    }

    @PostMapping("/signin")
    public String signIn(@RequestParam String username, @RequestParam String password, HttpServletRequest request) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(username, password));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // expect: session-fixation
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return "redirect:/accounts";
    }

    @PostMapping("/pin-login")
    public String pinLogin(@RequestParam String customerNo, @RequestParam String pin, HttpServletRequest request,
                           HttpServletResponse response) {
        Customer customer = customers.verifyPin(customerNo, pin);
        if (customer == null) {
            return "redirect:/pin-login?error";
        }
        HttpSession session = request.getSession(true);
        // expect: session-fixation
        session.setAttribute("customer", customer);
        // expect: session-no-expiry
        session.setMaxInactiveInterval(Integer.MAX_VALUE);

        // expect: session-cookie-insecure
        Cookie sessionCookie = new Cookie("JSESSIONID", session.getId());
        sessionCookie.setPath(request.getContextPath());
        sessionCookie.setHttpOnly(true);
        response.addCookie(sessionCookie);
        return "redirect:/accounts";
    }

    @PostMapping("/secure-signin")
    public String secureSignIn(@RequestParam String username, @RequestParam String password, HttpServletRequest request) {
        Authentication auth = authenticationManager.authenticate(
                new UsernamePasswordAuthenticationToken(username, password));
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        // safe: session-fixation
        request.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        // safe: session-no-expiry
        request.getSession().setMaxInactiveInterval(15 * 60);
        return "redirect:/accounts";
    }

    @PostMapping("/preferences/language")
    public String language(@RequestParam String lang, HttpServletRequest request, HttpServletResponse response) {
        // safe: session-fixation
        request.getSession().setAttribute("lang", lang);
        // safe: session-cookie-insecure
        Cookie langCookie = new Cookie("lang", lang);
        langCookie.setMaxAge(31536000);
        response.addCookie(langCookie);
        return "redirect:/";
    }

    @PostMapping("/device/trust")
    public String trustDevice(HttpServletRequest request, HttpServletResponse response) {
        String deviceToken = customers.issueDeviceToken(request.getRemoteUser());
        Cookie trusted = new Cookie("bank_device_token", deviceToken);
        trusted.setHttpOnly(true);
        // expect: session-cookie-insecure
        trusted.setSecure(false);
        trusted.setMaxAge(60 * 60 * 24 * 90);
        response.addCookie(trusted);
        // safe: session-cookie-insecure
        Cookie hardened = new Cookie("bank_session_hint", customers.sessionHint(request.getRemoteUser()));
        hardened.setHttpOnly(true);
        hardened.setSecure(request.isSecure());
        response.addCookie(hardened);
        return "redirect:/settings";
    }
}
