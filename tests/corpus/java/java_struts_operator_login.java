package org.acme.backoffice.actions;

import com.opensymphony.xwork2.ActionSupport;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.apache.struts2.ServletActionContext;

/** Back-office sign-in (Struts 2); BaseAction keeps the operator in the HTTP session. */
public class OperatorLoginAction extends BaseAction {
    private String login;
    private String secret;
    private OperatorDirectory directory;

    public String execute() {
        Operator op;
        if ((op = directory.authenticate(login, secret)) != null) {
            // expect: session-fixation
            sessionStoreOperator(op);
            return SUCCESS;
        }
        addActionError("Sign-in failed");
        return INPUT;
    }
}

class RotatingOperatorLoginAction extends BaseAction {
    private String login;
    private String secret;
    private OperatorDirectory directory;

    public String execute() {
        Operator op = directory.authenticate(login, secret);
        if (op == null) {
            return INPUT;
        }
        HttpServletRequest request = ServletActionContext.getRequest();
        request.getSession().invalidate();
        HttpSession fresh = request.getSession(true);
        // safe: session-fixation
        sessionStoreOperator(op);
        return SUCCESS;
    }
}

class OperatorPreferencesAction extends BaseAction {
    private String theme;

    public String execute() {
        // safe: session-fixation
        sessionStorePreference("theme", theme);
        return SUCCESS;
    }
}
